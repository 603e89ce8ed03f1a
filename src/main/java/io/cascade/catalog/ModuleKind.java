package io.cascade.catalog;

public enum ModuleKind {
    TEXT,
    VIDEO,
    DOCUMENT,
    QUIZ,
    REFLECTION
}
