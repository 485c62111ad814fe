package org.paperkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** Local builds outlive a stalled host; a cluster keeps Spark's defaults; the user's setting always wins. */
class TestLocalModeSettings {

    @Test
    void aLocalMasterGetsLongTimeouts() {
        SparkConf conf = LocalModeSettings.apply(new SparkConf(false).setMaster("local[2]"));
        assertEquals("3600s", conf.get("spark.network.timeout"));
        assertEquals("60s", conf.get("spark.executor.heartbeatInterval"));
    }

    @Test
    void theUsersSettingWins() {
        SparkConf conf = LocalModeSettings.apply(new SparkConf(false).setMaster("local[*]")
                .set("spark.network.timeout", "300s"));
        assertEquals("300s", conf.get("spark.network.timeout"));
    }

    @Test
    void aClusterMasterKeepsSparksDefaults() {
        SparkConf conf = LocalModeSettings.apply(new SparkConf(false).setMaster("spark://head:7077"));
        assertFalse(conf.contains("spark.network.timeout"));
        assertFalse(conf.contains("spark.executor.heartbeatInterval"));
    }
}
