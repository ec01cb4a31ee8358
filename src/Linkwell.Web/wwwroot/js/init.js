// Progressive enhancement only: every page works without this.
import { initAll } from '/lib/nhsuk-frontend/nhsuk-frontend.min.js';
initAll();
