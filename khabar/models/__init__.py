"""Trained models that ship with khabar (code here; the model files live in ``khabar/data``)."""
