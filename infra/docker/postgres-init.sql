-- One database per service plus Keycloak's (the image creates POSTGRES_DB=keycloak itself).
CREATE DATABASE samvirke_partners;
CREATE DATABASE samvirke_measurement;
CREATE DATABASE samvirke_grants;
CREATE DATABASE samvirke_notifications;
CREATE DATABASE samvirke_feed;
