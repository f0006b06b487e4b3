-- Functional departments (职能部门): grid units of level DEPARTMENT list the categories they handle, joined by '|'.
ALTER TABLE grid_unit ADD COLUMN categories VARCHAR(300);
