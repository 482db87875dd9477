"""Outputs built from store, core and printing (files to export, documents to print); never Qt."""
