/**
 * The paperkg build as an Apache Spark job. Every stage calls the single-JVM pipeline's own classes (listing
 * readers and {@link org.paperkg.listings.PaperMerger}, the extractor of
 * {@link org.paperkg.pipeline.ExtractorFactory}, {@link org.paperkg.entities.CorpusEntityResolver} as a mergeable
 * summary, {@link org.paperkg.rdf.PaperGraphMapper} and {@link org.paperkg.rdf.EntityFacts}), so both engines write
 * the same graph; Spark only distributes them.
 */
package org.paperkg.spark;
