/**
 * Reading listings into paper records: {@link org.paperkg.listings.PaperSource} takes files and folders, detects each
 * file's {@link org.paperkg.listings.ListingFormat} from its content (aggregator pages, daily-papers pages, arXiv Atom
 * feeds, JSON Lines or JSON documents of arXiv-like records), reads it with the matching reader, spills the records to
 * a temporary file, merges records of the same paper (same arXiv id, else DOI, else normalised title) and streams the
 * merged papers in first-seen order. Whatever cannot be read is reported as a
 * {@link org.paperkg.listings.ReadProblem} naming file and line, and reading goes on.
 */
package org.paperkg.listings;
