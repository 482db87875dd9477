"""The settings page's tabs (admin only): centre, staff, categories, deadlines, holidays."""
