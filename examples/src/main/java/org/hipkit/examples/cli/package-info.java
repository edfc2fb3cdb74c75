/**
 * {@code hipkit-cli}, a command-line tool over hipkit: reads a plan and a profile from JSON files,
 * prints the check report and the expected course or schedule, and draws the course as an SVG
 * timeline. Start with {@link org.hipkit.examples.cli.HipkitCli}.
 *
 * <p>hipkit informs professionals; it does not decide.
 */
package org.hipkit.examples.cli;
