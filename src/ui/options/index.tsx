import { render } from 'preact';
import { t, uiLocale } from '../../platform/i18n.js';
import { Options } from './Options.js';
import './options.css';

document.documentElement.lang = uiLocale();
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
