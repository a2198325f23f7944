/** Who may call the measurement operations, as the OpenAPI document says it. */
export const SETUP_ACCESS =
  "Visible to the programme's current members and platform admins (anyone else gets 404); changed by its backbone's coordinators and platform admins.";
