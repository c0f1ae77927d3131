// The CDN file: one <script type="module"> that defines every LAD widget.
import './components/commitment-tracker/lad-commitment-tracker.js';
import './components/progress-summary/lad-progress-summary.js';
import './components/registration-form/lad-registration-form.js';
import './components/proposal-form/lad-proposal-form.js';
import './components/selection-report/lad-selection-report.js';
import './components/session-calendar/lad-session-calendar.js';
import './components/committee-directory/lad-committee-directory.js';
