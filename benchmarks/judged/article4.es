La Comisión de Movilización de Masas del Comité Provincial del Partido de Gia Lai hace la revisión final del movimiento de emulación Movilización de masas hábil del periodo 2019-2024.
El 18 de octubre de 2024, en la ciudad de Pleiku, el Comité de Servicio Público del Comité Provincial del Partido organizó la conferencia de revisión final de cinco años del movimiento.
El camarada Ksor Y Nhai, miembro del Comité Permanente del Comité Provincial del Partido y jefe de la Comisión de Movilización de Masas del Comité Provincial del Partido, presidió la conferencia.
Durante cinco años, el movimiento de emulación Movilización de masas hábil se ha extendido ampliamente a todos los niveles, sectores y zonas residenciales.
En toda la provincia hay 7.842 modelos de servicio público hábil, incluidos 2.315 modelos en las zonas de minorías étnicas.
Estos modelos ayudaron a construir 1.420 km de caminos rurales y 356 viviendas para hogares pobres.
La población donó más de 450.000 metros cuadrados de tierra para abrir caminos rurales.
También aportaron 2.350 millones de dongs y 86.000 jornadas de trabajo para la construcción de nuevas zonas rurales.
La labor del servicio público en las zonas de minorías étnicas recibió especial atención.
Los comités del Partido y las autoridades de todos los niveles se reunieron periódicamente con las personas influyentes, los dignatarios religiosos y los jefes de aldea.
La provincia cuenta con personas de prestigio entre las minorías étnicas que movilizan activamente a las masas.
Ayudaron a resolver 214 casos de disputas en las aldeas y en las aldeas étnicas, y contribuyeron a mantener la seguridad política.
El trabajo de servicio de los organismos estatales se siguió reforzando, sobre todo en la reforma administrativa y la recepción de ciudadanos.
La Comisión de Movilización de Masas se coordinó con el Frente y las organizaciones de masas para conocer la situación de la gente en cada aldea.
La Unión de Mujeres provincial, la Asociación de Campesinos provincial, la Unión de Jóvenes y la Asociación de Veteranos lanzaron muchos modelos prácticos.
El modelo "Casa de la Gran Unidad" del Frente y el modelo "Caminos rurales iluminados" de la Unión de Jóvenes fueron bien acogidos por la población.
Desde 2019 se han construido en la provincia 2.460 Casas de la Gran Unidad para hogares pobres, con una financiación total de más de 98 mil millones de dongs.
La tasa de hogares pobres en las zonas de minorías étnicas bajó una media del 3,2 % anual.
La implementación del Reglamento de Democracia de Base se vincula con el lema "el pueblo sabe, discute, hace, inspecciona, supervisa y se beneficia".
Sin embargo, el trabajo de movilización de masas en algunos lugares todavía es formal y no está cerca del pueblo.
Algunos cuadros aún no respetan, se acercan, comprenden, aprenden del pueblo ni son responsables ante él.
La conferencia otorgó elogio y recompensa a 32 colectivos y 58 individuos destacados en el movimiento.
En el periodo 2025-2030, la Comisión de Movilización de Masas seguirá implementando la Resolución n.º 25-NQ/TW sobre el trabajo de movilización de masas.
La Comisión asesorará al comité del Partido para resolver a tiempo los problemas pendientes en las zonas residenciales.
El movimiento de emulación Movilización de masas hábil debe vincularse a la nueva ruralidad y a la reducción sostenible de la pobreza.
En 2025, la provincia se propone crear 350 nuevos modelos, al menos dos en cada comuna.
Los Comités del Partido del distrito y los Comités del Partido de la ciudad deben dirigir estrechamente la movilización de masas de las autoridades.
La conferencia se clausuró a las 5 de la tarde del mismo día.
En esta ocasión, 12 cuadros de movilización de masas de nivel comunal recibieron elogio y elogio del Comité Popular provincial.
