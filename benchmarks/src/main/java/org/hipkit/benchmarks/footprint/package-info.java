/**
 * Footprint measurements outside JMH: the retained size of the standard catalog (JOL) and the time
 * the first catalog access adds to a JVM's start.
 */
package org.hipkit.benchmarks.footprint;
