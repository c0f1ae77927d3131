// The CDN file: one <script type="module"> that defines every LAD widget.
import './components/commitment-tracker/lad-commitment-tracker.js';
import './components/progress-summary/lad-progress-summary.js';
