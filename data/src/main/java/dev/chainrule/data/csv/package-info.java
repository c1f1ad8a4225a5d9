/**
 * Numeric CSV with a header, in and out: {@link dev.chainrule.data.csv.CsvReader} reads features and a label
 * (the last column or a named one) all-or-nothing, failing with the line number and the problem;
 * {@link dev.chainrule.data.csv.CsvWriter} writes {@code x1,…,xd,y} with numbers that read back to the same doubles.
 *
 * <pre>{@code
 * CsvWriter.write(MakeMoons.of(500).withNoise(0.2).generate(42), Path.of("moons.csv"));
 * Dataset back = CsvReader.labelLast().read(Path.of("moons.csv")).data();   // equal, bit for bit
 * }</pre>
 */
package dev.chainrule.data.csv;
