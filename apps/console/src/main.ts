// The console's entry: its styles and the shell, which loads each page when it is first opened.
import './page.css';
import './app/lad-console.js';
