"""Small widgets shared by the desk pages (timing badge, labels for stored codes)."""
