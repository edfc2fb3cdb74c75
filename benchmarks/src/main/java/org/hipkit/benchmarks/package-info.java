/**
 * JMH benchmarks of hipkit, their hand-coded baselines and the data they run on; see {@code
 * docs/performance.md} for the command that runs them all and the latest figures.
 */
package org.hipkit.benchmarks;
