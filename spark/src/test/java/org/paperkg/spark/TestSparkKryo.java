package org.paperkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;

import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;

import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * Spark's Kryo serializer works on the engine's class path. Spark picks it for blocks of strings it spills to disk
 * (the papers, mentions and links travel as JSON text), which only happens on corpora larger than memory: with the
 * Kryo 5 that XGBoost brings ahead of Spark's Kryo 4, the 100K build failed there.
 */
class TestSparkKryo {

    @Test
    void serialisesTheTextOfASpilledBlockAndReadsItBack() {
        SerializerInstance kryo = new KryoSerializer(new SparkConf(false)).newInstance();
        ClassTag<String> string = ClassTag$.MODULE$.apply(String.class);
        String json = "{\"id\":\"2501.00001\",\"title\":\"Widget sorting\"}";
        ByteBuffer bytes = kryo.serialize(json, string);
        assertEquals(json, kryo.deserialize(bytes, string));
    }
}
