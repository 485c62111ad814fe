package org.paperkg.mentions.rules;

import java.util.Set;

/** Generic word lists for typing and filtering candidate phrases: head nouns, cue words, generic and evaluative words. */
final class Lexicon {

    private Lexicon() {
    }

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Head nouns (lemmas) that make a phrase a method. */
    static final Set<String> METHOD_HEADS = set(
            "method", "model", "network", "net", "algorithm", "approach", "framework", "architecture",
            "estimator", "optimizer", "procedure", "technique", "scheme", "transformer", "encoder", "decoder",
            "autoencoder", "classifier", "regressor", "machine", "forest", "tree", "embedding", "mechanism",
            "strategy", "regularization", "regularizer", "solver", "sampler", "filter", "layer",
            "kernel", "descent", "attention", "chain", "perturbation", "smoothing",
            "splitting", "scheduling", "projection", "weighting", "prompting", "distillation", "augmentation",
            "pruning", "quantization", "fine-tuning", "finetuning", "pre-training", "pretraining", "training",
            "dropout", "boosting", "bagging", "ensemble", "heuristic", "test", "statistic",
            "relaxation", "approximation", "search", "sampling",
            "representation",
            "regression", "module", "simulator", "mixture", "gan", "vae", "llm",
            "cnn", "rnn", "lstm", "gnn", "mlp", "bert", "tuning", "adapter", "planner",
            "controller", "imputer", "detector", "generator", "discriminator", "critic", "interpolation",
            "extrapolation", "calculus", "method", "estimation");

    /** Head nouns (lemmas) that make a phrase a task. */
    static final Set<String> TASK_HEADS = set(
            "detection", "classification", "segmentation", "recognition", "generation", "forecasting",
            "prediction", "translation", "retrieval", "clustering", "reasoning", "understanding", "answering",
            "summarization", "alignment", "exploration", "discovery", "quantification", "identification",
            "localization", "tracking", "captioning", "synthesis", "parsing", "completion", "matching",
            "planning", "control", "design", "optimization", "learning", "testing", "modeling",
            "modelling", "imputation", "denoising", "compression", "extraction", "diagnosis", "calibration",
            "selection", "inference", "estimation", "recommendation", "navigation", "manipulation", "editing",
            "restoration", "super-resolution", "reconstruction", "verification", "attribution", "ranking",
            "labeling", "labelling", "tagging", "annotation", "decoding", "coding", "sensing", "monitoring",
            "screening", "forecast", "regression", "discrimination",
            "adaptation", "generalization", "transfer", "unlearning", "elicitation", "robustness",
            "logistics", "pricing", "trading", "allocation", "scheduling",
            "routing", "imaging", "localisation", "problem", "analysis", "anomaly", "recovery", "correction", "search",
            "colorization", "colourization", "disambiguation", "moderation", "transcription", "paraphrasing",
            "inpainting", "deblurring", "dehazing", "deraining", "linking", "filling", "counting", "spotting",
            "grounding", "entailment", "fact-checking", "diarization", "captioning", "simplification",
            "perception", "comprehension", "mitigation");

    /** Head nouns (lemmas) that make a phrase a dataset. */
    static final Set<String> DATASET_HEADS = set(
            "dataset", "datasets", "data-set", "benchmark", "corpus", "corpora", "suite", "database", "treebank",
            "testbed", "leaderboard", "challenge", "collection", "archive", "repository", "bank", "biobank",
            "cohort", "registry", "environment", "gym", "catalog", "catalogue");

    /** Nouns that, after "data from a/the ...", name a source of data ("data from the X study"). */
    static final Set<String> DATA_SOURCES = set("study", "trial", "survey", "cohort", "registry", "census",
            "experiment", "campaign", "mission", "project", "consortium", "program", "programme", "biobank");

    /** Plural nouns for items of data: a name before them is a dataset ("on 5k Foo prompts"). */
    static final Set<String> DATA_ITEMS = set("prompts", "images", "questions", "documents", "sentences", "videos",
            "graphs", "samples", "instances", "examples", "records", "patients", "scans", "dialogues", "articles",
            "reviews", "tweets", "posts", "utterances", "recordings", "trajectories", "episodes", "games", "molecules",
            "proteins", "splits", "subsets", "tasks");

    /** Method heads too generic to stand with one vague modifier: need a name, two modifiers, or repetition. */
    static final Set<String> GENERIC_METHOD_HEADS = set("method", "model", "network", "net", "algorithm", "approach",
            "framework", "architecture", "estimator", "optimizer", "procedure", "technique", "scheme", "classifier",
            "regressor", "machine", "strategy", "mechanism", "embedding", "kernel", "filter", "solver", "sampler",
            "test", "approximation", "search", "tree", "chain", "mixture", "training", "tuning", "system",
            "agent", "policy", "process", "function", "module", "block", "llm", "llms", "lm", "lms", "vlm", "vlms", "mllm", "mllms",
            "slm", "slms", "plm", "plms");

    /** Modifiers that say little about which method is meant ("pre-trained model", "large-scale model"). */
    static final Set<String> WEAK_MODIFIERS = set("pre-trained", "pretrained", "fitted", "trained", "learned",
            "large-scale", "larger-scale", "small-scale", "large", "larger", "small", "deep", "shallow", "linear",
            "nonlinear", "non-linear", "complex", "language", "lm", "llm", "candidate", "full", "full-sample", "base", "final", "resulting",
            "learning", "statistical", "probabilistic", "conservative", "online", "offline", "supervised",
            "unsupervised", "parametric", "nonparametric", "non-parametric", "black-box", "white-box", "global",
            "local", "deterministic", "stochastic", "iterative", "approximate", "heuristic", "computational",
            "numerical", "mathematical", "machine", "ml", "ai", "neural", "generative", "discriminative", "language",
            "foundation", "prediction", "predictive", "clustering", "classification", "regression", "optimization",
            "estimation", "inference", "sampling", "training", "learning-based", "data-driven", "model-based",
            "gradient-based", "multiple", "various", "such", "post-hoc", "ad-hoc", "prior", "posterior", "basic",
            "frontier", "selected", "smaller", "open-source", "closed-source",
            "proprietary", "off-the-shelf", "popular", "powerful", "strong", "stronger", "general-purpose",
            "leading", "advanced", "contemporary", "widely-used", "widely", "used", "mainstream", "pretrained");

    /** Evaluative or property adjectives that do not narrow a task ("poor exploration", "tight control"). */
    static final Set<String> EVALUATIVE = set("poor", "poorer", "safe", "safer", "short", "shorter", "shortest",
            "long", "longer", "tight", "tighter", "meaningful", "explicit", "implicit", "extra", "higher", "lower",
            "fragile", "own", "full", "incomplete", "unstable", "stable", "precise", "retrospective", "reliable",
            "faster", "slower", "naive", "weak", "weaker", "limited", "inaccurate", "accurate", "correct",
            "incorrect", "successful", "failed", "better", "worse", "careful", "costly", "expensive", "cheap",
            "fine", "coarse", "proper", "improper", "poorly", "sufficient", "insufficient", "excessive",
            "domain-specific", "task-specific", "software", "hardware", "missing", "unseen", "long-range", "detailed",
            "exhaustive", "confident", "thorough", "in-depth", "systematic", "preliminary", "extra", "further");

    /** Generic action verbs mis-tagged as modifiers at the start of a phrase ("use decoupled control"). */
    static final Set<String> GENERIC_ACTION_VERBS = set("use", "uses", "leverage", "leverages", "optimize",
            "optimise", "apply", "applies", "improve", "improves", "combine", "combines", "incorporate",
            "integrate", "select", "enhance", "enhances", "approach", "guides", "guide", "perform", "performs");

    /** Heads that are ambiguous between method and task: the phrase's context decides. */
    static final Set<String> AMBIGUOUS = set(
            "regression", "optimization", "learning", "estimation", "inference", "search", "sampling",
            "scheduling", "simulation", "design", "testing", "control", "exploration", "alignment");

    /** Single words that are never an entity on their own. */
    static final Set<String> GENERIC = set(
            "method", "approach", "model", "framework", "algorithm", "data", "task", "problem", "experiment",
            "result", "system", "technique", "procedure", "scheme", "strategy", "architecture", "network",
            "paper", "work", "study", "analysis", "performance", "accuracy", "theory", "setting", "setup",
            "application", "way", "process", "function", "loss", "objective", "layer", "module", "learning",
            "training", "test", "measure", "statistic", "criterion", "operator", "bound", "search", "design",
            "control", "representation", "policy", "agent", "dataset", "benchmark", "corpus", "suite", "database",
            "environment", "collection", "estimation", "inference", "prediction", "classification", "detection",
            "generation", "optimization", "selection", "regression", "sampling", "simulation", "pipeline",
            "mechanism", "rule", "reward", "head", "block", "embedding", "kernel", "solver", "filter", "tree",
            "machine", "testing", "planning", "modeling", "modelling", "reasoning", "understanding", "alignment",
            "exploration", "adaptation", "generalization", "transfer", "calibration", "analysis", "evaluation",
            "challenge", "archive", "repository", "bank", "cohort", "registry", "recovery", "correction",
            "function", "tuning", "adapter", "interpolation", "approximation", "relaxation", "forecasting",
            "estimator", "sampler", "classifier", "encoder", "decoder", "generator", "discriminator", "critic",
            "chain", "mixture", "regularization", "attention", "recipe", "paradigm", "routine", "protocol",
            "twin", "matching", "ranking", "completion", "decoding", "coding", "arena", "gym", "registry");

    /** Modifiers dropped from the start of a phrase: determiners, pronouns, evaluative and vague adjectives. */
    static final Set<String> DROP_MODIFIERS = set(
            "a", "an", "the", "this", "that", "these", "those", "our", "their", "its", "his", "her", "my", "your",
            "novel", "new", "proposed", "simple", "existing", "standard", "popular", "state-of-the-art", "sota",
            "efficient", "effective", "powerful", "general", "generic", "various", "several", "many", "different",
            "other", "such", "first", "same", "recent", "current", "traditional", "conventional", "classical",
            "classic", "previous", "prior", "modern", "well-known", "widely-used", "strong", "improved", "better",
            "unified", "principled", "practical", "flexible", "scalable", "lightweight", "fast", "key", "main",
            "typical", "specific", "particular", "original", "each", "every", "all", "any", "some", "both",
            "most", "more", "less", "few", "further", "additional", "underlying", "corresponding", "respective",
            "certain", "common", "commonly", "widely", "used", "well", "known", "best", "good", "high", "low",
            "large", "small", "extensive", "comprehensive", "significant", "promising", "remarkable",
            "superior", "competitive", "accurate", "fundamental", "important", "challenging", "difficult",
            "crucial", "critical", "real-world", "resulting", "given", "whole", "entire", "single", "multiple",
            "numerous", "one", "two", "three", "four", "five", "which", "what", "whose", "overall", "similar",
            "related", "naive", "novelty", "open", "theoretical", "empirical", "extensive", "exact", "optimal",
            "near-optimal", "minimax", "rigorous", "provable", "provably", "key", "central", "main", "primary",
            "above", "following", "latter", "former", "underlying", "downstream", "upstream", "broad", "wide",
            "diverse", "synthetic", "real", "public", "publicly", "available", "open-source", "alternative",
            "appropriate", "suitable", "natural", "successful", "versatile", "robustly", "highly", "very",
            "simpler", "easy", "straightforward", "elegant", "sophisticated", "advanced", "emerging", "growing",
            "increasing", "great", "significantly", "substantially", "considerably", "strongly", "slightly",
            "consistently", "notably", "particularly", "especially", "standard", "vanilla", "prominent",
            "leading", "top", "baseline", "baselines", "respectively", "pre-trained", "pretrained", "usual", "aforesaid",
            "aforementioned", "broader", "broad", "subsequent", "expressive", "fixed", "valid", "ideal", "consistent",
            "intractable", "algorithmic", "automatic", "thorough", "sharper", "reliable", "data-driven",
            "finite-sample", "desirable", "favorable", "favourable", "satisfactory", "unified");

    /** Words that end a phrase when they occur inside it (metrics, quantities, vague nouns). */
    static final Set<String> BAD_HEADS = set(
            "performance", "accuracy", "result", "experiment", "paper", "work", "study", "way", "number",
            "amount", "set", "variety", "range", "kind", "type", "lot", "part", "form", "level", "order", "case",
            "fact", "issue", "question", "aspect", "property", "behavior", "behaviour", "effect", "impact",
            "ability", "capability", "advantage", "benefit", "limitation", "drawback", "gap", "need", "state",
            "time", "cost", "rate", "error", "score", "metric", "value", "size", "length", "dimension", "step",
            "point", "quality", "efficiency", "speed", "improvement", "gain", "contribution", "insight",
            "understanding", "evidence", "guarantee", "theorem", "proof", "lemma", "condition", "assumption",
            "regime", "scenario", "setting", "field", "area", "domain", "community", "literature", "researcher",
            "practitioner", "user", "people", "human", "author", "code", "implementation", "parameter",
            "hyperparameter", "variable", "feature", "sample", "instance", "example", "observation", "trade-off",
            "tradeoff", "complexity", "convergence", "consistency", "stability", "variance", "bias", "norm",
            "term", "component", "structure", "space", "distribution", "signal", "input", "output", "label",
            "class", "category", "goal", "aim", "purpose", "challenge", "difficulty", "phenomenon", "role",
            "manner", "fashion", "sense", "terms", "respect", "view", "perspective", "insight", "idea",
            "notion", "concept", "principle", "version", "variant", "extension", "generalization", "family",
            "class", "group", "pair", "list", "sequence", "series", "collection", "subset", "portion",
            "fraction", "percentage", "proportion", "magnitude", "degree", "extent", "scale", "budget",
            "horizon", "regime", "budget", "round", "episode", "iteration", "epoch", "trial", "run");

    /** Verbs (lemmas) whose object is the paper's own contribution when the subject is "we" or "this paper". */
    static final Set<String> PROPOSE_VERBS = set(
            "propose", "introduce", "present", "develop", "design", "devise", "formulate", "construct",
            "create", "build", "release", "contribute", "curate", "collect", "call", "name", "dub", "term");

    /** Verbs (lemmas) after which a named thing is used (not contributed). */
    static final Set<String> USE_VERBS = set("use", "employ", "adopt", "apply", "utilize", "utilise",
            "leverage", "compare", "outperform", "extend", "follow", "combine", "evaluate", "train", "fine-tune",
            "finetune", "build", "base", "beat", "surpass", "match", "rely", "incorporate", "integrate");

    /** Words before a name that point to a dataset ("trained on X", "experiments on X"). */
    static final Set<String> DATASET_PREPS = set("on", "from", "using", "with", "across", "in", "over");

    /** Words that, shortly before "on/from", make the next name a dataset. */
    static final Set<String> DATASET_CONTEXT = set("train", "trained", "training", "evaluate", "evaluated",
            "evaluation", "experiment", "experiments", "test", "tested", "testing", "result", "results",
            "benchmark", "benchmarks", "benchmarking", "validate", "validated", "performance", "accuracy",
            "pretrained", "pre-trained", "fine-tuned", "finetuned", "state-of-the-art", "achieve", "achieves",
            "demonstrate", "demonstrated", "outperform", "outperforms", "improve", "improves", "collected",
            "sota", "scores", "score", "images", "data", "tasks", "datasets", "including", "such", "dataset",
            "benchmark", "corpus", "suite", "experimented", "conducted", "report", "reported");

    /** Undefined acronyms and capitalised words that name no method, task or dataset. */
    static final Set<String> NAME_STOPWORDS = set(
            "we", "our", "it", "in", "on", "to", "for", "of", "and", "or", "the", "a", "an", "this", "however",
            "ai", "ml", "nlp", "cv", "llm", "llms", "gpu", "gpus", "cpu", "cpus", "tpu", "api", "apis", "url",
            "pdf", "iid", "i.i.d.", "ood", "sota", "et", "al", "al.", "e.g.", "i.e.", "vs", "vs.", "fig", "table",
            "github", "code", "data", "dnn", "dnns", "nn", "nns", "dl", "ii", "iii", "iv", "us",
            "usa", "uk", "eu", "china", "english", "bayesian", "gaussian", "markov", "euclidean", "lipschitz",
            "hessian", "jacobian", "fourier", "laplace", "monte", "carlo", "newton", "hilbert", "banach",
            "wasserstein", "kl", "mse", "rmse", "mae", "auc", "roc", "f1", "bleu", "rouge", "fid", "is", "psnr",
            "ssim", "map", "top-1", "top-5", "o", "l1", "l2", "pac", "np", "np-hard", "p", "r", "d", "n", "k",
            "t", "x", "y", "z", "first", "second", "third", "finally", "moreover", "furthermore", "additionally",
            "specifically", "robust", "then", "thus", "hence", "here", "there", "these", "those", "while", "when", "where",
            "although", "because", "since", "unlike", "despite", "given", "under", "with", "without", "by",
            "from", "as", "at", "via", "through", "towards", "toward", "beyond", "among", "between", "into",
            "can", "may", "our", "its", "their", "all", "both", "each", "one", "two", "new", "to", "extensive",
            "experiments", "results", "theoretically", "empirically", "notably", "importantly", "overall",
            "recently", "existing", "current", "despite", "abstract", "introduction", "conclusion",
            "university", "institute", "google", "microsoft", "meta", "openai", "deepmind", "nvidia", "ibm",
            "amazon", "apple", "facebook", "baidu", "alibaba", "tencent", "huawei", "stanford", "mit", "berkeley",
            "cmu", "oxford", "cambridge", "harvard", "ieee", "acm", "neurips", "icml", "iclr", "cvpr", "iccv",
            "eccv", "acl", "emnlp", "naacl", "aaai", "ijcai", "kdd", "www", "sigir", "arxiv", "python",
            "pytorch", "tensorflow", "jax", "covid-19", "sars-cov-2", "hiv", "ecg", "eeg", "mri", "ct",
            "x-ray", "dna", "rna", "iot", "lidar", "rgb", "3d", "2d", "1d", "4d", "hd", "4k", "fps", "alpha", "beta",
            "gamma", "delta", "epsilon", "eta", "theta", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau",
            "phi", "chi", "psi", "omega", "kappa", "zeta", "iota", "upsilon", "omicron");
}
