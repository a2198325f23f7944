import { Body, Controller, Get, Put } from '@nestjs/common';
import { updatePreferencesSchema, type PreferencesDto, type UpdatePreferences } from '@samvirke/contracts';
import { CurrentUser, type CurrentUserInfo } from '../users/current-user.js';
import { PreferencesService } from './preferences.service.js';

@Controller('preferences')
export class PreferencesController {
  constructor(private readonly preferences: PreferencesService) {}

  @Get()
  get(@CurrentUser() user: CurrentUserInfo): Promise<PreferencesDto> {
    return this.preferences.get(user);
  }

  @Put()
  update(
    @CurrentUser() user: CurrentUserInfo,
    @Body({ schema: updatePreferencesSchema }) body: UpdatePreferences,
  ): Promise<PreferencesDto> {
    return this.preferences.update(user, body);
  }
}
