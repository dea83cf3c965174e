package org.stemma.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class HoldersTest {
    @Test
    void holdersUpToTheCapAreKeptWhetherAddedOrMerged() {
        SparkAnalyze.Holders left = new SparkAnalyze.Holders(4, "a").add("b");
        SparkAnalyze.Holders right = new SparkAnalyze.Holders(4, "c").add("d");
        SparkAnalyze.Holders all = left.merge(right);
        assertEquals(4, all.count());
        assertEquals(List.of("a", "b", "c", "d"), all.ids());
    }

    @Test
    void pastTheCapOnlyTheCountIsKeptAndItKeepsCounting() {
        SparkAnalyze.Holders added = new SparkAnalyze.Holders(2, "a").add("b").add("c");
        assertEquals(3, added.count());
        assertThrows(IllegalStateException.class, added::ids);
        SparkAnalyze.Holders merged = new SparkAnalyze.Holders(2, "a").add("b")
                .merge(new SparkAnalyze.Holders(2, "c"));
        assertEquals(3, merged.count());
        assertThrows(IllegalStateException.class, merged::ids);
        // a task that went over the cap stays over it whatever it is merged with
        assertEquals(4, new SparkAnalyze.Holders(2, "x").merge(added).count());
        assertThrows(IllegalStateException.class, new SparkAnalyze.Holders(2, "x").merge(added)::ids);
    }
}
