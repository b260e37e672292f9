"""Extractors: each reads one article's Doc and yields typed facts (kg.facts)."""
