// The demo page is filled in by the web issue; for now it only proves the build works.
const app = document.querySelector<HTMLElement>('#app');
if (app) app.dataset.ready = 'true';
