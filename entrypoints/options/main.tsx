import { render } from 'preact';
import '@/components/shared/theme.css';
import '@/components/options/options.css';
import { Options } from '@/components/options/Options';

render(<Options />, document.getElementById('app')!);
