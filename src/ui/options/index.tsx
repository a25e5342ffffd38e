import { render } from 'preact';
import { t } from '../../platform/i18n.js';
import { Options } from './Options.js';
import './options.css';

document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
