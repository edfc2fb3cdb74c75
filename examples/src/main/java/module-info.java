/** Runnable programs that show hipkit to a newcomer. */
module org.hipkit.examples {
  requires org.hipkit.core;
  requires static org.jspecify;
}
