package org.newsint.gateway.model;

public enum IngestStatus { ACCEPTED, DUPLICATE, REJECTED }
