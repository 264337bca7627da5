// web-resource debrief-insights: the Insights page and dashboard item debrief/insights (Chart.js bundled in)
import '../insights/index.js';
