import { render } from 'preact';
import { t } from '../../platform/i18n.js';
import { Popup } from './Popup.js';
import './popup.css';

document.title = t('extName');
render(<Popup />, document.getElementById('app')!);
