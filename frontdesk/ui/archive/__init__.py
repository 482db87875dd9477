"""The archive's widgets: the building tree model, unit and person views, edit and merge dialogs, import wizard."""
