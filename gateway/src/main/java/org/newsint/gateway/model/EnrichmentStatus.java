package org.newsint.gateway.model;

public enum EnrichmentStatus { PENDING, DONE, FAILED }
