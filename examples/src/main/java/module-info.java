/** Runnable programs that show hipkit to a newcomer, and the command-line tool {@code hipkit-cli}. */
module org.hipkit.examples {
  requires org.hipkit.core;
  requires org.hipkit.json;
  requires info.picocli;
  requires static org.jspecify;

  // picocli reads the command's annotated fields reflectively.
  opens org.hipkit.examples.cli to info.picocli;
}
