// Ant Design's styles, prebuilt (the theme's `zeroRuntime`, app/root.tsx): the components do not generate their
// CSS in the browser. Imported here so that the page's <head> links them from the start.
import 'antd/dist/antd.css';
import './app/app.css';
import { openPage } from './app/routes';

// The entry script is small: it asks for the session check, the page's data and the page's chunk, then loads
// the rest of the client (React DOM, Ant Design, the router), which the server's answers no longer wait for.
openPage(window.location);
void import('./app/root');
