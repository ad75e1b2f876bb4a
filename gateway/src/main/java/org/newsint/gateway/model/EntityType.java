package org.newsint.gateway.model;

public enum EntityType { PERSON, ORG, LOC, MISC }
