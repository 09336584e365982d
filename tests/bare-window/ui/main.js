// Tells the app the page is interactive by the same rule as Steady's page: once its first
// frame has been painted (a frame, then a task), so both are timed to the same moment.
document.addEventListener('DOMContentLoaded', () => {
  requestAnimationFrame(() => setTimeout(() => window.__TAURI__.core.invoke('ready'), 0));
});
