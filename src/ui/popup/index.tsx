import { render } from 'preact';
import { t, uiLocale } from '../../platform/i18n.js';
import { Popup } from './Popup.js';
import './popup.css';

document.documentElement.lang = uiLocale();
document.title = t('extName');
render(<Popup />, document.getElementById('app')!);
