// Asks the core for what the first screen needs while the page's modules are still
// loading (a classic script runs at once; modules wait for their imports). app.js picks
// the answer up from `window.steadyStart`.
window.steadyStart = window.__TAURI__?.core?.invoke('page_start');

// The page stays unpainted until app.js has drawn the first screen (see styles.css). If
// that never happens (a module failed to load), show whatever is there after a moment
// rather than keep the window blank.
window.steadyReveal = () => document.documentElement.classList.add('drawn');
setTimeout(window.steadyReveal, 1500);
