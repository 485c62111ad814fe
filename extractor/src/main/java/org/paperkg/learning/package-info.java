/**
 * The learned extractor: the rules and noun-phrase chunks propose candidate spans, features describe each candidate
 * (which rules proposed it and how they typed it, its shape, context and corpus statistics of its words, and how
 * the annotators named its text in other papers: {@link org.paperkg.learning.NamePrior}; where it stands when the
 * paper states its contribution: {@link org.paperkg.learning.ContributionFeatures}), and logistic-regression models
 * trained to the annotation guideline decide its type (or none) and whether the paper proposes it, a third one
 * finding proposed methods the type decision leaves out ({@link org.paperkg.learning.BoostedStage}, a boosted second stage, was tried and is off). {@link org.paperkg.learning.LearnedMentionExtractor} applies a committed model;
 * {@link org.paperkg.learning.ModelTrainer} rebuilds it from the shared data.
 */
package org.paperkg.learning;
