// Asks the core for what the first screen needs while the page's modules are still
// loading (a classic script runs at once; modules wait for their imports). app.js picks
// the answer up from `window.steadyStart`.
window.steadyStart = window.__TAURI__?.core?.invoke('page_start');
