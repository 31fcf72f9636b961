import { render } from 'preact';
import '@/components/shared/theme.css';
import '@/components/popup/popup.css';
import { Popup } from '@/components/popup/Popup';

render(<Popup />, document.getElementById('app')!);
