package org.cellcompare.ingest;

import java.util.Iterator;
import java.util.function.Function;

/** An iterator that converts each element lazily, so a sheet's rows are never all in memory. */
final class MappingIterator<S, T> implements Iterator<T> {

    private final Iterator<? extends S> source;
    private final Function<? super S, ? extends T> mapping;

    MappingIterator(Iterator<? extends S> source, Function<? super S, ? extends T> mapping) {
        this.source = source;
        this.mapping = mapping;
    }

    @Override
    public boolean hasNext() {
        return source.hasNext();
    }

    @Override
    public T next() {
        return mapping.apply(source.next());
    }
}
