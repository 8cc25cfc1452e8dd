import { hydratePage } from "@useserver/client/browser";

void hydratePage();
