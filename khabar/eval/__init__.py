"""Scoring khabar output against hand annotations."""
