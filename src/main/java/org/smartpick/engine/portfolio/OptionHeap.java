package org.smartpick.engine.portfolio;

/**
 * A binary max-heap of option indices by a key the caller holds (highest first, then the lower index): lazy greedy
 * polls and re-inserts thousands of options per run, which a {@code PriorityQueue<Integer>} spent most of its time
 * boxing and comparing through a lambda.
 */
final class OptionHeap {
    private final double[] key;
    private final int[] heap;
    private int size;

    /** Every index 0..key.length − 1, arranged in O(n). The keys must not change while an index is inside. */
    OptionHeap(double[] key) {
        this.key = key;
        heap = new int[key.length];
        for (int i = 0; i < key.length; i++) {
            heap[i] = i;
        }
        size = key.length;
        for (int i = size / 2 - 1; i >= 0; i--) {
            down(i);
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The top index (the heap must not be empty). */
    int peek() {
        return heap[0];
    }

    int poll() {
        int top = heap[0];
        heap[0] = heap[--size];
        down(0);
        return top;
    }

    /** Puts back an index polled before (its key may have changed meanwhile). */
    void add(int index) {
        int at = size++;
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!before(index, heap[parent])) {
                break;
            }
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = index;
    }

    /** Whether a comes out before b: higher key, or the same key and the lower index. */
    boolean before(int a, int b) {
        return key[a] > key[b] || key[a] == key[b] && a < b;
    }

    private void down(int at) {
        int moving = heap[at];
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], moving)) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = moving;
    }
}
