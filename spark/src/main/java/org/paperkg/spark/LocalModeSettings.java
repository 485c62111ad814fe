package org.paperkg.spark;

import org.apache.spark.SparkConf;

/**
 * Settings a local-mode build gets unless the user sets them. In local mode the one executor lives in the driver's
 * JVM, so a missed heartbeat can only mean the whole JVM or host stalled (a long GC, a paused virtual machine); Spark
 * then removes that executor and the run is lost, with nothing to fail over to. A 100K run on this machine died so
 * after a host stall of a few minutes (BENCHMARKS.md). On a cluster the defaults stay Spark's: there a missed
 * heartbeat is a lost executor whose tasks run elsewhere.
 */
final class LocalModeSettings {

    /** How long the driver waits for an executor's heartbeat (and any RPC) before giving it up: an hour. */
    static final String NETWORK_TIMEOUT = "3600s";
    /** Must stay well below the network timeout. */
    static final String HEARTBEAT_INTERVAL = "60s";

    private LocalModeSettings() {
    }

    /** Adds the local-mode defaults to {@code conf} when its master is {@code local...}; user settings win. */
    static SparkConf apply(SparkConf conf) {
        if (conf.get("spark.master", "").startsWith("local")) {
            conf.setIfMissing("spark.network.timeout", NETWORK_TIMEOUT);
            conf.setIfMissing("spark.executor.heartbeatInterval", HEARTBEAT_INTERVAL);
        }
        return conf;
    }
}
