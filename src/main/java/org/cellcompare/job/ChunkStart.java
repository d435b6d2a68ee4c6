package org.cellcompare.job;

/**
 * Where the chunk being written began reading its file: the reader's position as last committed.
 * Everything the chunk stages carries it, so that a resumed run can tell what a chunk that never
 * committed left behind ({@link UnfinishedChunks}).
 */
interface ChunkStart {

    long readFrom();
}
