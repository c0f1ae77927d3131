export { ACTION_PACKAGES } from './action-packages.js';
export { SIGNATORIES } from './countries.js';
export { MECHANISMS } from './mechanisms.js';
export { PILLARS } from './pillars.js';
export { SOURCES } from './sources.js';
export { UNKNOWN_FACTS } from './unknowns.js';
