/**
 * The two CPU-heavy reliability suites in one file, so they run one after the other in one worker:
 * the 300-interaction burst measures latency and must not share the CPU with the 50 MB corpus build.
 */
import './load.cases.js';
import './badCorpus.cases.js';
