package org.newsint.ingest.article;

public enum ProcessingState { PENDING, DONE, FAILED }
